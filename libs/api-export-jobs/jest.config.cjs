module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-export-jobs', rootDir: __dirname };
