import { studioSettingsFrom } from './studio-settings';

describe('studioSettingsFrom', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ PIONEER_STUDIO: '1' }, true],
    [{ NODE_ENV: 'development', PIONEER_STUDIO: '0' }, false],
    [{}, false],
    [{ NODE_ENV: 'production', PIONEER_STUDIO: '1' }, false],
    [{ NODE_ENV: 'prod', PIONEER_STUDIO: '1' }, false],
  ])('%j → enabled %s', (env, enabled) => {
    const settings = studioSettingsFrom(env, '/repo');
    expect(settings.enabled).toBe(enabled);
    if (!enabled) expect(settings.refusal?.['zh-CN']).toMatch(/措施工作室/);
  });

  it('edits PIONEER_STUDIO_ROOT when given, and always runs the generator of the working directory', () => {
    expect(studioSettingsFrom({ PIONEER_STUDIO: '1', PIONEER_STUDIO_ROOT: '/copy' }, '/repo')).toMatchObject({
      repoRoot: '/copy',
      toolRoot: '/repo',
    });
  });
});
