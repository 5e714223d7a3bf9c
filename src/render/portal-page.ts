// Renders a Kohesio portal page: nothing but the project summary, as the portal shows it.

export function renderPortalPage(text: string): string {
  return text;
}
