import { yearBounds } from './year-bounds.util';

describe('yearBounds', () => {
  it('starts a Shanghai year at 16:00 UTC on the last day of the year before', () => {
    expect(yearBounds(2025, 'Asia/Shanghai')).toEqual({ from: '2024-12-31T16:00:00.000Z', to: '2025-12-31T16:00:00.000Z' });
  });

  it('is the UTC year in UTC, and later in zones west of Greenwich', () => {
    expect(yearBounds(2025, 'UTC').from).toBe('2025-01-01T00:00:00.000Z');
    expect(yearBounds(2025, 'America/New_York').from).toBe('2025-01-01T05:00:00.000Z');
  });
});
