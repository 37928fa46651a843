import { formatDateTime, formatDay } from './format-date';

describe('formatDateTime', () => {
  it('shows an instant as YYYY-MM-DD HH:mm in Beijing time', () => {
    expect(formatDateTime('2025-06-01T01:02:03.004Z')).toBe('2025-06-01 09:02');
    expect(formatDateTime('2025-12-31T16:30:00.000Z')).toBe('2026-01-01 00:30');
  });
});

describe('formatDay', () => {
  it('keeps a stored day and reads an instant as its Beijing day', () => {
    expect(formatDay('2025-03-01')).toBe('2025-03-01');
    expect(formatDay('2025-12-31T16:30:00.000Z')).toBe('2026-01-01');
  });
});
