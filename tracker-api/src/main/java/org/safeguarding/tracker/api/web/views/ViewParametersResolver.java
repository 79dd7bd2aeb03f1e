package org.safeguarding.tracker.api.web.views;

import java.lang.reflect.Constructor;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds {@link ViewParameters} component by component through Spring's own request-parameter resolution, so
 * that a value that cannot be read answers the same 400 as a {@code @RequestParam} of that type does.
 */
public class ViewParametersResolver implements HandlerMethodArgumentResolver {

    private static final Constructor<ViewParameters> CONSTRUCTOR = canonicalConstructor();
    private final RequestParamMethodArgumentResolver parameters = new RequestParamMethodArgumentResolver(false);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ViewParameters.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        Object[] values = new Object[CONSTRUCTOR.getParameterCount()];
        for (int i = 0; i < values.length; i++) {
            MethodParameter component = new MethodParameter(CONSTRUCTOR, i);
            component.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            values[i] = parameters.resolveArgument(component, container, request, binders);
        }
        return BeanUtils.instantiateClass(CONSTRUCTOR, values);
    }

    private static Constructor<ViewParameters> canonicalConstructor() {
        Class<?>[] types = java.util.Arrays.stream(ViewParameters.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return ViewParameters.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
