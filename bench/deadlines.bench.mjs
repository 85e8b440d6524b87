// Benchmark of the deadline hot path: 10-day opposition deadlines (LP 74 al. 1) in Geneva, in deadlines/s,
// against a straightforward luxon implementation of the same semantics, as ratios within one run.
//
//   npm run bench:deadlines                  # build, then the full run
//   node bench/deadlines.bench.mjs           # full run on the current dist/
//   node bench/deadlines.bench.mjs --smoke   # same correctness gate, a few small passes (CI: not speed)
//
// It measures the BUILT package (dist/index.js), as integrators get it. One task iteration is one pass
// over a fixed, seeded set of notification days; deadlines/s = days per pass / mean pass time. The bench
// is single-threaded: one core. Absolute figures depend on the machine; compare the ratios of one run.
// Before any timing, the SDK (deadlineComputer, computeDeadline, oppositionDeadline) and the luxon
// baseline must agree on every notification day of 2026–2030 and on a few thousand random ones, or the
// bench throws.

import os from 'node:os';
import { Bench } from 'tinybench';
import { DateTime, Interval } from 'luxon';
import { mulberry32, taskRates } from './support.mjs';

const SMOKE = process.argv.includes('--smoke');
const DAYS = 10; // LP 74 al. 1
const AS_OF = '2026-01-01'; // one norm version since 1997: any date of the measured period gives the same norms
const SEED = 20260504;
const TIMED = SMOKE ? 5_000 : 100_000; // notification days per timed pass
const TIMED_YEARS = [2025, 2030]; // timed notification days: uniform in these years, inclusive
const GATE_RANGE = ['2026-01-01', '2030-12-31']; // every day checked
const GATE_RANDOM = 5_000; // plus this many random days in GATE_RANDOM_YEARS
const GATE_RANDOM_YEARS = [1998, 2099];
const HOLIDAY_YEARS = [1998, 2100]; // the baseline's holiday set (the SDK's table runs 1900–2100)
const ZONE = 'Europe/Zurich';

/** The markdown table header; test/bench-smoke.test.ts looks for it. */
const TABLE_HEADER = '| Task | Deadlines/s | ± RME | Mean ms / pass | Median ms / pass | Passes |';

let lib;
try {
  lib = await import('../dist/index.js');
} catch (error) {
  console.error('Cannot load ../dist/index.js: build first (`npx tsup` or `npm run build`).');
  throw error;
}
const { deadlineComputer, computeDeadline, oppositionDeadline, dayStatus } = lib;

// ---------------------------------------------------------------------------------------------------
// Epoch days (days since 1970-01-01) <-> ISO dates, outside any timed code.

const MS_PER_DAY = 86_400_000;
const epochDayOfIso = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS_PER_DAY;
const isoOfEpochDay = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------
// The baseline: what a typical app would write with luxon. Not shipped code.
//
// Holidays: a Set of 'YYYY-MM-DD' strings for Geneva, built once from the SDK's own data (dayStatus),
// so that the comparison is about the date arithmetic, not about holiday data. Féries (LP 56 ch. 2):
// luxon intervals, Easter from a computus, memoised per year as an app would. Semantics (norms §2.1–2.3,
// primary readings): day 0 = notification, end = day 0 + 10; if the end is in the féries, LP 63 extends
// to the third working day after their end; else if the end is not a working day (Sat, Sun, holiday),
// CPC 142 al. 3 moves it to the next working day, and if that day is in the féries, LP 63 again.

/** Easter Sunday (Gregorian; anonymous computus, Meeus/Jones/Butcher). */
function easterSunday(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.fromObject({ year, month, day }, { zone: ZONE });
}

const date = (year, month, day) => DateTime.fromObject({ year, month, day }, { zone: ZONE });
/** Both ends included: the luxon interval ends at the start of the day after the last day. */
const days = (first, last) => Interval.fromDateTimes(first, last.plus({ days: 1 }));

const feriesCache = new Map();
/** The féries that start in `year`: Easter −7…+7, 15–31 July, 18 December – 1 January. */
function feriesOfYear(year) {
  let list = feriesCache.get(year);
  if (list === undefined) {
    const easter = easterSunday(year);
    list = [
      days(easter.minus({ days: 7 }), easter.plus({ days: 7 })),
      days(date(year, 7, 15), date(year, 7, 31)),
      days(date(year, 12, 18), date(year + 1, 1, 1)),
    ];
    feriesCache.set(year, list);
  }
  return list;
}

/** The féries interval containing `dt`, or null. */
function feriesAt(dt) {
  for (const interval of feriesOfYear(dt.year)) if (interval.contains(dt)) return interval;
  const christmasBefore = feriesOfYear(dt.year - 1)[2];
  return christmasBefore.contains(dt) ? christmasBefore : null;
}

const holidays = new Set(); // 'YYYY-MM-DD', filled below from the SDK
const isHoliday = (dt) => holidays.has(dt.toISODate());
const isWorkingDay = (dt) => dt.weekday <= 5 && !isHoliday(dt);

function nextWorkingDay(dt) {
  let d = dt.plus({ days: 1 });
  while (!isWorkingDay(d)) d = d.plus({ days: 1 });
  return d;
}

/** LP 63: the third working day after the last day of the féries. */
function thirdWorkingDayAfter(interval) {
  let d = interval.end.minus({ days: 1 }); // the last day of the féries
  for (let i = 0; i < 3; i++) d = nextWorkingDay(d);
  return d;
}

/** The last day of an N-day deadline from `notified` (day 0), a luxon DateTime in Europe/Zurich. */
function luxonDeadline(notified, n = DAYS) {
  const end = notified.plus({ days: n });
  const feries = feriesAt(end);
  if (feries !== null) return thirdWorkingDayAfter(feries); // LP 63
  if (isWorkingDay(end)) return end;
  const shifted = nextWorkingDay(end); // CPC 142 al. 3
  const shiftedFeries = feriesAt(shifted);
  return shiftedFeries !== null ? thirdWorkingDayAfter(shiftedFeries) : shifted; // LP 63, primary reading
}

/** The same from and to ISO dates, as an app with string input and output would call it. */
const luxonDeadlineIso = (iso) => luxonDeadline(DateTime.fromISO(iso, { zone: ZONE })).toISODate();

/**
 * Gate only: whether service of the payment order on `notified` is made at a closed time (LP 56: a
 * Sunday, a holiday, the féries), so that oppositionDeadline defers its effect (norms §2.5). A Saturday
 * is an ordinary day for service (norms §1.3 item 3).
 */
const closedForService = (notified) => notified.weekday === 7 || isHoliday(notified) || feriesAt(notified) !== null;

// ---------------------------------------------------------------------------------------------------
// Holidays from the SDK, once; checked against norms §1.2 and the baseline's own féries.

// norms §1.2, J 1 45 art. 1 al. 1: Geneva's holidays 2025–2028 (weekend ones included).
const NORMS_HOLIDAYS = {
  2025: ['01-01', '04-18', '04-21', '05-29', '06-09', '08-01', '09-11', '12-25', '12-31'],
  2026: ['01-01', '04-03', '04-06', '05-14', '05-25', '08-01', '09-10', '12-25', '12-31'],
  2027: ['01-01', '03-26', '03-29', '05-06', '05-17', '08-01', '09-09', '12-25', '12-31'],
  2028: ['01-01', '04-14', '04-17', '05-25', '06-05', '08-01', '09-07', '12-25', '12-31'],
};

let holidayDays = 0;
let feriesDays = 0;
for (let day = epochDayOfIso(`${HOLIDAY_YEARS[0]}-01-01`), last = epochDayOfIso(`${HOLIDAY_YEARS[1]}-12-31`); day <= last; day++) {
  const iso = isoOfEpochDay(day);
  const status = dayStatus({ date: iso });
  if (status.publicHoliday) {
    holidays.add(iso);
    holidayDays++;
  }
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  if (status.workingDay !== isWorkingDay(dt)) throw new Error(`${iso}: dayStatus.workingDay is ${status.workingDay}, the baseline says ${!status.workingDay}.`);
  const feries = feriesAt(dt) !== null;
  if (status.feries !== feries) throw new Error(`${iso}: dayStatus.feries is ${status.feries}, the luxon féries say ${feries}.`);
  if (feries) feriesDays++;
}
for (const [year, list] of Object.entries(NORMS_HOLIDAYS)) {
  const expected = list.map((md) => `${year}-${md}`).join(',');
  const got = [...holidays].filter((iso) => iso.startsWith(year)).join(',');
  if (got !== expected) throw new Error(`Geneva holidays ${year}: the SDK gives ${got}, norms §1.2 ${expected}.`);
}

// ---------------------------------------------------------------------------------------------------
// Deterministic days: mulberry32, a tiny seeded PRNG.

const random = mulberry32(SEED);
const dayIn = ([fromYear, toYear]) => {
  const lo = epochDayOfIso(`${fromYear}-01-01`);
  const hi = epochDayOfIso(`${toYear}-12-31`);
  return lo + Math.floor(random() * (hi - lo + 1));
};

// ---------------------------------------------------------------------------------------------------
// Correctness first: a bench of wrong code is worthless.

const computer = deadlineComputer({ asOf: AS_OF, days: DAYS });
const gateDays = [];
for (let d = epochDayOfIso(GATE_RANGE[0]), last = epochDayOfIso(GATE_RANGE[1]); d <= last; d++) gateDays.push(d);
for (let i = 0; i < GATE_RANDOM; i++) gateDays.push(dayIn(GATE_RANDOM_YEARS));

const outcome = { plain: 0, shifted: 0, lp63: 0, deferredService: 0 };
for (const day0 of gateDays) {
  const iso = isoOfEpochDay(day0);
  const notified = DateTime.fromISO(iso, { zone: ZONE });
  const expected = luxonDeadline(notified).toISODate();
  const sdk = isoOfEpochDay(computer(day0));
  const full = computeDeadline({ from: iso, period: { days: DAYS } });
  const seen = { deadlineComputer: sdk, computeDeadline: full.lastDay, 'luxon (ISO in/out)': luxonDeadlineIso(iso) };
  for (const [who, got] of Object.entries(seen)) {
    if (got !== expected) throw new Error(`Notified ${iso}: ${who} gives the last day ${got}, the luxon baseline ${expected}.`);
  }
  // oppositionDeadline also defers service made at a closed time (norms §2.5). Which day the deferred
  // service takes effect is the SDK's reading (checked by its own tests); the gate checks that service
  // is deferred exactly when it should be, and that the end computed from the SDK's day 0 is the baseline's.
  const opposition = oppositionDeadline({ notifiedOn: iso });
  const deferred = closedForService(notified);
  const day0Service = DateTime.fromISO(opposition.startsOn, { zone: ZONE }).minus({ days: 1 });
  const expectedOpposition = luxonDeadline(day0Service).toISODate();
  if (deferred ? day0Service < notified : !day0Service.equals(notified)) {
    throw new Error(`Notified ${iso}: oppositionDeadline starts on ${opposition.startsOn}; service at a closed time: ${deferred}.`);
  }
  if (opposition.lastDay !== expectedOpposition) {
    throw new Error(`Notified ${iso}: oppositionDeadline gives ${opposition.startsOn} … ${opposition.lastDay}, the luxon baseline from the same day 1 ends on ${expectedOpposition}.`);
  }
  if (deferred) outcome.deferredService++;
  if (full.extensions.some((e) => e.reason === 'feries')) outcome.lp63++;
  else if (full.extensions.length > 0) outcome.shifted++;
  else outcome.plain++;
}

// ---------------------------------------------------------------------------------------------------
// Timing: the same notification days for every task, in each task's natural input type.

const timedDays = Int32Array.from({ length: TIMED }, () => dayIn(TIMED_YEARS));
const timedIso = Array.from(timedDays, isoOfEpochDay);
const timedLuxon = timedIso.map((iso) => DateTime.fromISO(iso, { zone: ZONE }));
for (let i = 0; i < TIMED; i += 97) {
  if (isoOfEpochDay(computer(timedDays[i])) !== luxonDeadline(timedLuxon[i]).toISODate()) throw new Error(`Timed day ${timedIso[i]}: mismatch.`);
}

let sink = 0;
const bench = new Bench({
  name: 'lp-rules deadlines, Geneva, 10 days',
  throws: true,
  ...(SMOKE
    ? { time: 50, iterations: 2, warmupTime: 10, warmupIterations: 1 }
    : { time: 3000, iterations: 5, warmupTime: 1000, warmupIterations: 1 }),
});

const TASKS = {
  sdk: 'SDK deadlineComputer (epoch day → epoch day)',
  luxon: 'luxon baseline (DateTime → DateTime)',
  luxonIso: 'luxon baseline (ISO → ISO)',
  api: 'SDK oppositionDeadline (ISO → Deadline, validation + trace)',
};

bench
  .add(TASKS.sdk, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) n += computer(timedDays[i]);
    sink += n;
  })
  .add(TASKS.luxon, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) n += luxonDeadline(timedLuxon[i]).day;
    sink += n;
  })
  .add(TASKS.luxonIso, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) n += luxonDeadlineIso(timedIso[i]).length;
    sink += n;
  })
  .add(TASKS.api, () => {
    let n = 0;
    for (let i = 0; i < TIMED; i++) n += oppositionDeadline({ notifiedOn: timedIso[i] }).trace.length;
    sink += n;
  });

await bench.run();

// ---------------------------------------------------------------------------------------------------
// Report.

const { rate, rows } = taskRates(bench, TIMED);
const ratio = (a, b) => `${(rate[a] / rate[b]).toFixed(1)}×`;
const TARGET = 2_000_000;

const cpus = os.cpus();
const lines = [
  `## lp-rules deadline benchmark${SMOKE ? ' (smoke: timings not meaningful)' : ''}`,
  '',
  `- Node ${process.version} on ${process.platform}/${process.arch}; ${os.availableParallelism()} CPUs available (${cpus[0]?.model?.trim() ?? 'unknown CPU'}); the bench uses one`,
  `- tinybench: time ${bench.opts.time} ms, at least ${bench.opts.iterations} passes per task, warm-up ${bench.opts.warmupTime} ms / ${bench.opts.warmupIterations} passes`,
  `- ${DAYS}-day deadlines in Geneva, deadlineComputer asOf ${AS_OF}; timed: ${TIMED.toLocaleString('en-US')} notification days in ${TIMED_YEARS.join('–')} (PRNG seed ${SEED})`,
  `- gate: ${gateDays.length.toLocaleString('en-US')} notification days (every day ${GATE_RANGE.join(' … ')}, ${GATE_RANDOM.toLocaleString('en-US')} random in ${GATE_RANDOM_YEARS.join('–')}): ${outcome.plain} plain ends, ${outcome.shifted} shifted (CPC 142 al. 3), ${outcome.lp63} extended (LP 63), ${outcome.deferredService} with deferred service in oppositionDeadline`,
  `- baseline holidays: ${holidayDays} Geneva holidays ${HOLIDAY_YEARS.join('–')} from dayStatus (2025–2028 equal to norms §1.2); ${feriesDays} féries days, luxon = dayStatus on every day`,
  '- all agree on every notification day: deadlineComputer, computeDeadline, oppositionDeadline (from its day 1, after deferred service) and the luxon baseline',
  '',
  TABLE_HEADER,
  '|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '| Ratio | Value |',
  '|---|---:|',
  `| deadlineComputer / luxon (DateTime) | ${ratio(TASKS.sdk, TASKS.luxon)} |`,
  `| oppositionDeadline / luxon (DateTime) | ${ratio(TASKS.api, TASKS.luxon)} |`,
  `| oppositionDeadline / luxon (ISO) | ${ratio(TASKS.api, TASKS.luxonIso)} |`,
  `| deadlineComputer / oppositionDeadline | ${ratio(TASKS.sdk, TASKS.api)} |`,
  '',
  `Target ≥ ${TARGET.toLocaleString('en-US')} deadlines/s on one core (deadlineComputer): ${rate[TASKS.sdk] >= TARGET ? 'met' : 'NOT met'}${SMOKE ? ' (smoke run: not meaningful)' : ''}.`,
];
if (sink <= 0) throw new Error('No work was measured.');
console.log(lines.join('\n'));
