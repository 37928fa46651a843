module.exports = { ...require('../../jest.preset.cjs'), displayName: 'api-attachments', rootDir: __dirname };
