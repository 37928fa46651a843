module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-studio', rootDir: __dirname };
