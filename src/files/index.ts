// Files: reading the data files the user names or the package ships (profiles, link maps, datatypes, the version),
// at the edge so the stages that use them stay pure.
export * from './profile-file.js';
export * from './link-map-file.js';
export * from './datatypes-file.js';
export * from './package-version.js';
