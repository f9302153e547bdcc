import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createDataSourceOptions } from './data-source-options';

/** The DataSource the TypeORM CLI uses (npm run migration:run|revert|generate). */
export default new DataSource(createDataSourceOptions(loadConfig()));
