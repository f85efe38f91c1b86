'use strict';
// Starts s3rver on 127.0.0.1 on a free port with the buckets named on the command line, then prints
// "listening <port>" on one line. Usage: node start.js <data folder> <bucket>...
// It stops when its standard input closes, so a test run that dies leaves no server behind.
const S3rver = require('s3rver');

const [directory, ...buckets] = process.argv.slice(2);
if (!directory || buckets.length === 0) {
  console.error('usage: node start.js <data folder> <bucket>...');
  process.exit(2);
}
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: buckets.map(name => ({ name })),
});
server.run().then(
  address => {
    console.log(`listening ${address.port}`);
    process.stdin.resume();
    process.stdin.on('end', () => server.close().then(() => process.exit(0)));
  },
  error => {
    console.error(error);
    process.exit(1);
  },
);
