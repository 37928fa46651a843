import { i18nProvider } from './i18nProvider';

describe('the backoffice in Chinese', () => {
  it('counts right: "2 selected" is not "选中1项" (Chinese has one plural form in polyglot)', async () => {
    await i18nProvider.changeLocale('zh-CN');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 2 })).toBe('选中2项');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('选中1项');
    expect(i18nProvider.translate('ra.notification.deleted', { smart_count: 3 })).toBe('3 项条目已删除');
  });

  it('keeps English plurals in English', async () => {
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('1 item selected');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 2 })).toBe('2 items selected');
  });
});
