import { nextDay, startOfDay } from './start-of-day.util';

describe('startOfDay', () => {
  it('starts a Shenzhen day eight hours before the UTC one, and a UTC day at midnight', () => {
    expect(startOfDay('2025-06-01', 'Asia/Shanghai')).toBe('2025-05-31T16:00:00.000Z');
    expect(startOfDay('2025-01-01', 'Asia/Shanghai')).toBe('2024-12-31T16:00:00.000Z');
    expect(startOfDay('2025-06-01', 'UTC')).toBe('2025-06-01T00:00:00.000Z');
  });

  it('steps over month, year and leap-day ends', () => {
    expect([nextDay('2025-06-30'), nextDay('2024-12-31'), nextDay('2024-02-28'), nextDay('2025-02-28')]).toEqual(['2025-07-01', '2025-01-01', '2024-02-29', '2025-03-01']);
  });
});
