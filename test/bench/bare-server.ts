/**
 * The baseline for the fan-out benchmark: a bare socket.io server that only relays. Clients join a room
 * with 'join'. Every 'msg' is stamped (id, seq, time) and broadcast to that room in the same shape and
 * size as Konsiili's chat:posted; every 'hand' becomes a change of the room's speaker list in the shape of
 * Konsiili's queue:updated. Both servers put the same bytes on the wire, so the difference between them
 * is Konsiili's own work: validation, authorisation, PII guard, storage. The ack carries the seq or version
 * that the broadcast carries, as Konsiili's acks do. Prints `{"port":N}` when listening.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
const seqByRoom = new Map<string, number>();
const versionByRoom = new Map<string, number>();
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('msg', (payload: { room: string; text: string }, ack: (r: { seq: number }) => void) => {
    const seq = (seqByRoom.get(payload.room) ?? 0) + 1;
    seqByRoom.set(payload.room, seq);
    io.to(payload.room).emit('msg', {
      roomId: payload.room,
      message: {
        id: randomUUID().replaceAll('-', ''),
        roomId: payload.room,
        seq,
        authorId: 'bench-user-0',
        authorName: 'Osallistuja 0',
        authorProfession: 'Sairaanhoitaja',
        authorServiceId: 'health-station',
        text: payload.text,
        mentions: [],
        createdAt: new Date().toISOString(),
        isDeleted: false,
      },
    });
    ack({ seq });
  });
  socket.on('hand', (payload: { room: string; isRaised: boolean }, ack: (r: { version: number }) => void) => {
    const version = (versionByRoom.get(payload.room) ?? 0) + 1;
    versionByRoom.set(payload.room, version);
    const now = new Date().toISOString();
    io.to(payload.room).emit('queue', {
      roomId: payload.room,
      version,
      changes: { hands: payload.isRaised ? [{ userId: 'bench-user-0', raisedAt: now }] : [] },
      serverNow: now,
    });
    ack({ version });
  });
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => {
  void io.close(() => process.exit(0));
});
