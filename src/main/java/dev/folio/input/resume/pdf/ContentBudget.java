package dev.folio.input.resume.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * How many bytes of decoded content (page contents, forms, Type 3 glyphs) a PDF may make PDFBox read.
 * PDFBox decodes a form or a page's list of content streams into memory whole, so a few megabytes of
 * compressed zeros become gigabytes on the heap; each stream is charged here before PDFBox reads it,
 * every time it is read. Its size is found by decoding it into a counter that stops at what is left
 * of the budget, so a stream far over it costs no more than the budget to find out.
 */
final class ContentBudget {

    private final long limit;
    private long used;
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();

    ContentBudget(long limit) {
        this.limit = limit;
    }

    /** @throws ContentTooLarge when reading {@code stream} once more would go over the budget */
    void charge(COSStream stream) {
        if (stream == null) {
            return;
        }
        Long known = sizes.get(stream);
        long size = known != null ? known : measure(stream, limit - used);
        if (known == null && size <= limit - used) {
            sizes.put(stream, size);
        }
        used += size;
        if (used > limit) {
            throw new ContentTooLarge(limit);
        }
    }

    /** The decoded size of {@code stream}, or a number past {@code room} when it is larger than that. */
    private static long measure(COSStream stream, long room) {
        Counter counter = new Counter(room);
        try (InputStream raw = stream.createRawInputStream()) {
            List<Filter> filters = filters(stream);
            if (filters.isEmpty()) {
                raw.transferTo(counter);
                return counter.count;
            }
            InputStream in = raw;
            for (int i = 0; i < filters.size() - 1; i++) {
                Counter stage = new Counter(room);
                ByteArrayOutputStream between = new ByteArrayOutputStream();
                filters.get(i).decode(in, new Tee(stage, between), stream, i);
                in = new ByteArrayInputStream(between.toByteArray());
            }
            filters.get(filters.size() - 1).decode(in, counter, stream, filters.size() - 1);
            return counter.count;
        } catch (Full full) {
            return room + 1;
        } catch (IOException e) {
            // a damaged stream: PDFBox reads what it can of it, as far as this got
            return counter.count;
        }
    }

    private static List<Filter> filters(COSStream stream) throws IOException {
        COSBase named = stream.getFilters();
        List<Filter> out = new ArrayList<>();
        if (named instanceof COSName name) {
            out.add(FilterFactory.INSTANCE.getFilter(name));
        } else if (named instanceof COSArray array) {
            for (COSBase each : array) {
                if (each instanceof COSName name) {
                    out.add(FilterFactory.INSTANCE.getFilter(name));
                }
            }
        }
        return out;
    }

    /** Reading the content would go over the budget. */
    static final class ContentTooLarge extends RuntimeException {

        final long limit;

        ContentTooLarge(long limit) {
            super("decoded content over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /** A counter that is full. */
    private static final class Full extends IOException {

        Full() {
            super("full", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Counts what is written, and refuses to take more than its room. */
    private static final class Counter extends OutputStream {

        private final long room;
        long count;

        Counter(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(null, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > room) {
                throw new Full();
            }
        }
    }

    /** Writes to a counter first, then to a buffer, so the buffer never holds more than the counter's room. */
    private static final class Tee extends OutputStream {

        private final Counter counter;
        private final OutputStream out;

        Tee(Counter counter, OutputStream out) {
            this.counter = counter;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            counter.write(b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            counter.write(b, off, len);
            out.write(b, off, len);
        }
    }
}
