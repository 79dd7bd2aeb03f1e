package org.safeguarding.tracker.api.web.views;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A view answers with exactly {@code application/json} or {@code text/csv;charset=UTF-8}, whatever parameters
 * the Accept header gave the type that negotiation picked (e.g. {@code application/json;charset=UTF-8}).
 */
@ControllerAdvice(assignableTypes = ViewController.class)
public class ViewContentTypes implements ResponseBodyAdvice<ViewAnswer<?>> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return ViewAnswer.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public ViewAnswer<?> beforeBodyWrite(ViewAnswer<?> body, MethodParameter returnType, MediaType selected,
                                         Class<? extends HttpMessageConverter<?>> converterType,
                                         ServerHttpRequest request, ServerHttpResponse response) {
        response.getHeaders().setContentType(selected.isCompatibleWith(CsvMessageConverter.TEXT_CSV_UTF8)
                ? CsvMessageConverter.TEXT_CSV_UTF8 : MediaType.APPLICATION_JSON);
        return body;
    }
}
