import * as migration_20261121_060811_initial from './20261121_060811_initial';
import * as migration_20261121_103159_feedback from './20261121_103159_feedback';

export const migrations = [
  {
    up: migration_20261121_060811_initial.up,
    down: migration_20261121_060811_initial.down,
    name: '20261121_060811_initial',
  },
  {
    up: migration_20261121_103159_feedback.up,
    down: migration_20261121_103159_feedback.down,
    name: '20261121_103159_feedback'
  },
];
