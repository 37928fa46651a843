module.exports = { ...require('../../jest.preset.cjs'), displayName: 'portal', rootDir: __dirname };
