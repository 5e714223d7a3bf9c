// The architecture as rules (checked by test/architecture/dependencies.test.ts): no import cycles, and the pure
// stages (parse → interpret(profile) → merge → check → emit, with the model and the tables they use) do no I/O.
/** The pure stages: they take data and give data; reading and writing is the edges' job (cli, source, pipeline…). */
const PURE = '^src/(parse|interpret|merge|check|emit|model|hash|locale|resolve|render|diagnostics|profile|util)/';
/** The edges: reading inputs and files, running workers, talking to servers (net, under upload and load), writing reports, the commands. */
const EDGES = '^src/(cli|source|files|pipeline|upload|load|net|query|report)/';
/** Modules that reach the file system, processes, threads or the network. */
const IO_MODULES = '^(node:)?(fs|fs/promises|child_process|worker_threads|cluster|net|http|https|http2|dgram|dns|tls|readline|inspector)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules form a tree of layers; a cycle (even through types only) means two modules are one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-io-in-pure-stages',
      severity: 'error',
      comment: 'Pure stages do no I/O: files, processes, threads and sockets belong at the edges.',
      from: { path: PURE },
      to: { dependencyTypes: ['core'], path: IO_MODULES },
    },
    {
      name: 'no-edges-in-pure-stages',
      severity: 'error',
      comment: 'Pure stages take their input as data: they do not call on the modules that read, write or send it.',
      from: { path: PURE },
      to: { path: EDGES },
    },
    {
      name: 'input-is-a-leaf',
      severity: 'error',
      comment: 'The raw-input vocabulary is shared by source/ and the stages, so it may import nothing of theirs.',
      from: { path: '^src/input/' },
      to: { path: '^src/', pathNot: '^src/input/' },
    },
    {
      name: 'net-is-below-the-sinks',
      severity: 'error',
      comment:
        'The network layer (HTTP, auth, retries, credentials, redaction) serves both remote sinks, so it imports nothing of theirs or of anything else in src/ but the error base (which imports nothing).',
      from: { path: '^src/net/' },
      to: { path: '^src/', pathNot: '^src/(net/|diagnostics/errors\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
