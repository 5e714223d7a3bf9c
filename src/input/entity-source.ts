// A Wikibase JSON entity as read from an input, before validation: the parsed JSON and where it stood.
export interface EntitySource {
  readonly json: unknown;
  readonly file: string;
  /** 1-based line where the entity starts (for a whole-document file, as near as can be told). */
  readonly line: number;
  /** Where the entity is in the document, as a JSON path (`entities.Q42`, `[3]`, or `` for a lone entity). */
  readonly path: string;
  /**
   * `dump` for an entity of a JSON dump (an array, or one entity a line), `document` for a lone entity or an
   * `{"entities": …}` envelope: RDF gives each the shape Wikibase gives it there.
   */
  readonly origin: 'dump' | 'document';
}
