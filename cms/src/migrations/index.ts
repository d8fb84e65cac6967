import * as migration_20261121_040917_initial from './20261121_040917_initial';

export const migrations = [
  {
    up: migration_20261121_040917_initial.up,
    down: migration_20261121_040917_initial.down,
    name: '20261121_040917_initial'
  },
];
