/*
 * A ZIP archive of "stored" (uncompressed) entries, after PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12 and
 * 4.3.16). PNG files are compressed already, so deflating them again would gain nothing: storing them keeps this
 * small enough to need no library.
 */

export type ZipEntry = { name: string; data: Uint8Array };

import { crc32 } from "../files/crc32.ts";

/** MS-DOS date and time, the only timestamps the basic format has (local time, two-second steps). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const utf8NameFlag = 0x0800;
const versionNeeded = 20;

/** An archive holding the entries in order, each stored as it is, all dated `modified`. */
export function zipStored(entries: readonly ZipEntry[], modified: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const stamp = dosDateTime(modified);
  const records = entries.map((entry) => ({
    name: encoder.encode(entry.name),
    data: entry.data,
    crc: crc32(entry.data),
  }));
  const localSize = records.reduce(
    (total, record) => total + 30 + record.name.length + record.data.length,
    0,
  );
  const centralSize = records.reduce((total, record) => total + 46 + record.name.length, 0);
  const bytes = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  const u16 = (value: number) => {
    view.setUint16(offset, value, true);
    offset += 2;
  };
  const u32 = (value: number) => {
    view.setUint32(offset, value, true);
    offset += 4;
  };
  const put = (data: Uint8Array) => {
    bytes.set(data, offset);
    offset += data.length;
  };
  // The fields both headers share, from "version needed" to the name's length.
  const common = (record: (typeof records)[number]) => {
    u16(versionNeeded);
    u16(utf8NameFlag);
    u16(0); // stored, no compression
    u16(stamp.time);
    u16(stamp.date);
    u32(record.crc);
    u32(record.data.length);
    u32(record.data.length);
    u16(record.name.length);
  };

  const localOffsets: number[] = [];
  for (const record of records) {
    localOffsets.push(offset);
    u32(0x04034b50);
    common(record);
    u16(0); // extra field length
    put(record.name);
    put(record.data);
  }
  const centralOffset = offset;
  for (const [index, record] of records.entries()) {
    u32(0x02014b50);
    u16(versionNeeded); // version made by
    common(record);
    u16(0); // extra field length
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(localOffsets[index] ?? 0);
    put(record.name);
  }
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(records.length);
  u16(records.length);
  u32(centralSize);
  u32(centralOffset);
  u16(0); // comment length
  return bytes;
}
