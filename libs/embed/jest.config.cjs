module.exports = { ...require('../../jest.preset.cjs'), displayName: 'embed', rootDir: __dirname };
