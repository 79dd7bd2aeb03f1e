package org.safeguarding.tracker.api.web.views;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Writes a {@link ViewAnswer} as its {@link CsvTable}, when content negotiation picks {@code text/csv}. */
@Component
public class CsvMessageConverter extends AbstractHttpMessageConverter<ViewAnswer<?>> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public CsvMessageConverter() {
        super(StandardCharsets.UTF_8, TEXT_CSV_UTF8);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ViewAnswer.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected ViewAnswer<?> readInternal(Class<? extends ViewAnswer<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }

    @Override
    protected void writeInternal(ViewAnswer<?> answer, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write(answer.csv().write());
        writer.flush();
    }
}
