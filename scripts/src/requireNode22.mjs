// Plain JavaScript on purpose: it must run (and explain) on the system's older Node too.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12, but this script is running on Node ${process.versions.node} (${process.execPath}).\n` +
      'The Node 22 binary comes from the root devDependency "node@22" and is unpacked by its install script.\n' +
      'Run `npm install` (or `npm ci`) at the repository root without --ignore-scripts, then run the command again through `npm run`.',
  )
  process.exit(1)
}
