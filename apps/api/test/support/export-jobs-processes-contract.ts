export function describeExportJobsAcrossProcesses(_label: string, _createDatabase: () => Promise<unknown>): void {}
