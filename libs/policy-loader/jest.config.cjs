module.exports = { ...require('../../jest.preset.cjs'), displayName: 'policy-loader', rootDir: __dirname };
