/**
 * The baseline for the fan-out benchmark: a bare socket.io server that only relays. Clients join a room
 * with 'join' and every 'msg' is broadcast to that room. Prints `{"port":N}` when listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('msg', (payload: { room: string; sentAt: number; text: string }, ack: () => void) => {
    io.to(payload.room).emit('msg', payload);
    ack();
  });
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => {
  void io.close(() => process.exit(0));
});
