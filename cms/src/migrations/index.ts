import * as migration_20261121_024632_initial from './20261121_024632_initial';

export const migrations = [
  {
    up: migration_20261121_024632_initial.up,
    down: migration_20261121_024632_initial.down,
    name: '20261121_024632_initial'
  },
];
