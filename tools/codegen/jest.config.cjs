module.exports = { ...require('../../jest.preset.cjs'), displayName: 'codegen', rootDir: __dirname };
