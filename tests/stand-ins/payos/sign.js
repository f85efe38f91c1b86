// Signs a JSON document read from stdin with payOS's own Node SDK and prints the signature (hex).
// stdin: {"kind": "data" | "payment-request", "checksumKey": "...", "data": {...}}
//   data            the signature payOS puts on webhook bodies and API responses (createSignatureFromObj)
//   payment-request the signature a merchant puts on a payment-link request (createSignatureOfPaymentRequest)
const { PayOS } = require('@payos/node');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const { kind, checksumKey, data } = JSON.parse(input);
  const payOS = new PayOS({ clientId: 'stand-in', apiKey: 'stand-in', checksumKey, logLevel: 'off' });
  const signature =
    kind === 'payment-request'
      ? await payOS.crypto.createSignatureOfPaymentRequest(data, checksumKey)
      : await payOS.crypto.createSignatureFromObj(data, checksumKey);
  process.stdout.write(signature ?? '');
});
