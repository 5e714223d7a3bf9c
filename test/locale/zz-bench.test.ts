import { it } from 'vitest';
import { parseLocalisedDecimal, parseLocalisedDate } from '../../src/locale/index.js';
it('bench', () => {
  for (const l of ['en','pl','el','ga']) {
    parseLocalisedDate('1 September 2018', l);
    const samples = ['1 September 2018', 'Σεπτέμβριος 2018', '1 września 2018', 'hello world', 'Q12345', '488,705.11 Euro', '2018', '12 Meán Fómhair 2001', 'ΣΕΠΤΕΜΒΡΙΟΥ 2018', '1 wrzesnia 2018'];
    let t0 = performance.now(); let n = 0;
    for (let i = 0; i < 20000; i++) for (const s of samples) { if (parseLocalisedDate(s, l) !== null) n++; }
    console.log(l, 'dates per call µs', ((performance.now() - t0) * 1000 / 200000).toFixed(2), n/20000);
  }
  let t0 = performance.now();
  for (let i = 0; i < 200000; i++) parseLocalisedDecimal('488,705.11', 'en');
  console.log('num µs', ((performance.now() - t0) * 1000 / 200000).toFixed(2));
});
