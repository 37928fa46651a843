import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Logger, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { dataSourceOptions } from './data-source.factory';

/** Opens the database and brings its schema up to date (migrations) before the API serves. */
export const dataSourceProvider: Provider = {
  provide: DataSource,
  inject: [API_CONFIG],
  useFactory: async (config: ApiConfig) => {
    if (config.database.kind === 'sqlite') mkdirSync(path.dirname(config.database.file), { recursive: true });
    const dataSource = new DataSource(dataSourceOptions(config.database));
    await dataSource.initialize();
    const where =
      config.database.kind === 'sqlite'
        ? config.database.file
        : `PostgreSQL${config.database.schema ? ` (schema ${config.database.schema})` : ''}`;
    new Logger('Database').log(`${where}: migrations applied`);
    return dataSource;
  },
};
