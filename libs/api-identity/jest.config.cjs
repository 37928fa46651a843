module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-identity', rootDir: __dirname };
