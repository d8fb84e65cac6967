import * as migration_20261121_023402_initial from './20261121_023402_initial';

export const migrations = [
  {
    up: migration_20261121_023402_initial.up,
    down: migration_20261121_023402_initial.down,
    name: '20261121_023402_initial'
  },
];
