import { STRINGS } from './strings';

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe("the portal's own words", () => {
  it('exist in both languages, the English without Chinese characters or punctuation', () => {
    // The language switch names the other language in that language ("中文" in English mode).
    const switches = ['switchLanguage', 'switchLanguageLabel'];
    for (const [key, label] of Object.entries(STRINGS)) {
      expect([key, label['zh-CN'].length > 0]).toEqual([key, true]);
      expect([key, label.en.length > 0, !switches.includes(key) && CJK.test(label.en)]).toEqual([key, true, false]);
    }
  });

  it('say each Chinese sentence in Chinese', () => {
    for (const [key, label] of Object.entries(STRINGS)) if (key !== 'switchLanguage' && key !== 'switchLanguageLabel' && key !== 'colon') expect([key, CJK.test(label['zh-CN'])]).toEqual([key, true]);
  });
});
