import { amsterdamOffsetHours, localTime, toAmsterdamIso, toUtcMillis } from './amsterdam-time.util.js';

const intlOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
const offsetAt = (utcMillis: number): string =>
  intlOffset.formatToParts(new Date(utcMillis)).find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '') ?? '';

describe('Amsterdam time', () => {
  it('writes summer time as +02:00 until 29 October 2017 and winter time as +01:00 after', () => {
    expect(toAmsterdamIso(localTime('2017-10-28', '19:30'))).toBe('2017-10-28T19:30:00+02:00');
    expect(toAmsterdamIso(localTime('2017-10-29', '01:59'))).toBe('2017-10-29T01:59:00+02:00');
    expect(toAmsterdamIso(localTime('2017-10-29', '03:00'))).toBe('2017-10-29T03:00:00+01:00');
    expect(toAmsterdamIso(localTime('2018-01-14', '10:00'))).toBe('2018-01-14T10:00:00+01:00');
    expect(toAmsterdamIso(localTime('2018-03-25', '03:00'))).toBe('2018-03-25T03:00:00+02:00');
  });

  it('agrees with the time-zone database at every evening of 2017 and 2018', () => {
    for (let day = localTime('2017-01-01', '19:30'); day < localTime('2019-01-01'); day += 86_400_000) {
      const iso = toAmsterdamIso(day);
      expect(iso.slice(-6)).toBe(offsetAt(toUtcMillis(day)));
      expect(Date.parse(iso)).toBe(toUtcMillis(day));
      expect(amsterdamOffsetHours(day)).toBe(iso.endsWith('+02:00') ? 2 : 1);
    }
  });
});
