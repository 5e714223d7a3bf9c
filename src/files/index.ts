// Files: reading the data files the user names or the package ships (profiles, link maps), at the edge so the
// Files: reading the data files the user names or the package ships (profiles, link maps, datatypes), at the edge so the
export * from './profile-file.js';
export * from './link-map-file.js';
export * from './datatypes-file.js';
export * from './package-version.js';
