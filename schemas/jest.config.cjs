// Golden tests of the policies: each quotes the clause it checks, with amounts computed by hand.
module.exports = { ...require('../jest.preset.cjs'), displayName: 'schemas', rootDir: __dirname };
