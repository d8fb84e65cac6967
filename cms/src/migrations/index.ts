import * as migration_20261121_060811_initial from './20261121_060811_initial';
import * as migration_20261121_103159_feedback from './20261121_103159_feedback';
import * as migration_20261121_111238_feedback_form_key from './20261121_111238_feedback_form_key';
import * as migration_20261203_095447_mail from './20261203_095447_mail';
import * as migration_20261203_135636_audio_duration from './20261203_135636_audio_duration';
import * as migration_20261203_173512_users_login_limits from './20261203_173512_users_login_limits';
import * as migration_20261203_174421_site_build_withheld from './20261203_174421_site_build_withheld';
import * as migration_20261203_194849_import_source from './20261203_194849_import_source';
import * as migration_20261203_202643_admin_search_authors from './20261203_202643_admin_search_authors';
import * as migration_20261204_181215_site_build_has_errors_default from './20261204_181215_site_build_has_errors_default';

export const migrations = [
  {
    up: migration_20261121_060811_initial.up,
    down: migration_20261121_060811_initial.down,
    name: '20261121_060811_initial',
  },
  {
    up: migration_20261121_103159_feedback.up,
    down: migration_20261121_103159_feedback.down,
    name: '20261121_103159_feedback',
  },
  {
    up: migration_20261121_111238_feedback_form_key.up,
    down: migration_20261121_111238_feedback_form_key.down,
    name: '20261121_111238_feedback_form_key',
  },
  {
    up: migration_20261203_095447_mail.up,
    down: migration_20261203_095447_mail.down,
    name: '20261203_095447_mail',
  },
  {
    up: migration_20261203_135636_audio_duration.up,
    down: migration_20261203_135636_audio_duration.down,
    name: '20261203_135636_audio_duration',
  },
  {
    up: migration_20261203_173512_users_login_limits.up,
    down: migration_20261203_173512_users_login_limits.down,
    name: '20261203_173512_users_login_limits',
  },
  {
    up: migration_20261203_174421_site_build_withheld.up,
    down: migration_20261203_174421_site_build_withheld.down,
    name: '20261203_174421_site_build_withheld',
  },
  {
    up: migration_20261203_194849_import_source.up,
    down: migration_20261203_194849_import_source.down,
    name: '20261203_194849_import_source',
  },
  {
    up: migration_20261203_202643_admin_search_authors.up,
    down: migration_20261203_202643_admin_search_authors.down,
    name: '20261203_202643_admin_search_authors',
  },
  {
    up: migration_20261204_181215_site_build_has_errors_default.up,
    down: migration_20261204_181215_site_build_has_errors_default.down,
    name: '20261204_181215_site_build_has_errors_default'
  },
];
