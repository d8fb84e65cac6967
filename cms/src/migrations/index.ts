import * as migration_20261121_022312_initial from './20261121_022312_initial';

export const migrations = [
  {
    up: migration_20261121_022312_initial.up,
    down: migration_20261121_022312_initial.down,
    name: '20261121_022312_initial'
  },
];
