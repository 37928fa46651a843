module.exports = { ...require('../../jest.preset.cjs'), displayName: 'ui-forms', rootDir: __dirname };
