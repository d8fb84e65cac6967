import * as migration_20261121_015941_initial from './20261121_015941_initial';

export const migrations = [
  {
    up: migration_20261121_015941_initial.up,
    down: migration_20261121_015941_initial.down,
    name: '20261121_015941_initial'
  },
];
