package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.vndiplomacy.kg.TreeCopy;

/**
 * Copies a store folder, leaving out the blocks of zeros: TDB2's memory-mapped files are mostly holes (8 MiB each,
 * a few KiB used), and a plain copy would write all of them. TDB2's lock file is left out too: it names the process
 * that last opened the store, which may be this one, still alive.
 */
final class SparseCopy {

    private static final int BLOCK = 1 << 16;

    private SparseCopy() {
    }

    static void copy(Path from, Path to) throws IOException {
        TreeCopy.copy(from, to, file -> file.getFileName().toString().equals("tdb.lock"), SparseCopy::copyFile);
    }

    private static void copyFile(Path source, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            for (long at = 0; at < size; at += BLOCK) {
                block.clear();
                while (block.hasRemaining() && in.read(block, at + block.position()) > 0) {
                    // read the whole block
                }
                block.flip();
                if (!zeros(block)) {
                    while (block.hasRemaining()) {
                        out.write(block, at + block.position());
                    }
                }
            }
            if (out.size() < size) {
                out.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
    }

    private static boolean zeros(ByteBuffer block) {
        for (int i = block.position(); i < block.limit(); i++) {
            if (block.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
