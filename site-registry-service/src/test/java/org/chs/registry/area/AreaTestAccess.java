package org.chs.registry.area;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Gives web-slice tests in {@code area.web} a stubbed {@link AreaRepository}, which is package-private. */
public abstract class AreaTestAccess {

    @MockitoBean
    AreaRepository areaRepository;

    protected void givenStored(AdministrativeArea area) {
        when(areaRepository.findById(area.code())).thenReturn(Optional.of(area));
    }

    protected void givenAbsent(String code) {
        when(areaRepository.findById(code)).thenReturn(Optional.empty());
    }

    protected void givenInsertsSucceed() {
        when(areaRepository.insert(any(AdministrativeArea.class))).thenAnswer(call -> call.getArgument(0));
    }
}
