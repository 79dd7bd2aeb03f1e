package org.safeguarding.tracker.api.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Reads a JSON body only when its bytes are UTF-8. Jackson decodes some invalid sequences instead of refusing
 * them: the overlong {@code C0 AF} becomes '/', which a check on the bytes would not have seen. Bodies are
 * bounded by {@link RequestSizeFilter}, so reading one whole first is cheap.
 */
public class StrictUtf8JsonConverter extends MappingJackson2HttpMessageConverter {

    public static final String NOT_UTF8 = "the body is not UTF-8";

    public StrictUtf8JsonConverter(ObjectMapper json) {
        super(json);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        MediaType contentType = input.getHeaders().getContentType();
        if (contentType == null || contentType.getCharset() == null
                || StandardCharsets.UTF_8.equals(contentType.getCharset())) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new HttpMessageNotReadableException(NOT_UTF8, input);
            }
        }
        return super.read(type, contextClass, new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        });
    }
}
