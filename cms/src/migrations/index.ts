import * as migration_20261121_022038_initial from './20261121_022038_initial';

export const migrations = [
  {
    up: migration_20261121_022038_initial.up,
    down: migration_20261121_022038_initial.down,
    name: '20261121_022038_initial'
  },
];
