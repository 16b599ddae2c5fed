import { decodeReport } from "./src/classifier/layouts/engine/decode";
const r = decodeReport("<ann@shop.test>: host mx.shop.test[192.0.2.1] said: 550 5.2.1\n<ann@shop.test>... User Unknown (in reply to RCPT TO command)\n");
console.log(JSON.stringify(r.facts.recipients), r.module?.id, r.detected.map(d=>d.module.id));
const r2 = decodeReport("While talking to mx.shop.test:\n>>> MAIL From:<me@here.test>\n<<< 501 <me@here.test>... no access from mail server [192.0.2.9] which is an open relay\n554 <ann@shop.test>... Remote protocol error\n554 <bob@shop.test>... 550 Host unknown\n");
console.log(JSON.stringify(r2.facts.recipients), r2.module?.id, r2.detected.map(d=>d.module.id));
