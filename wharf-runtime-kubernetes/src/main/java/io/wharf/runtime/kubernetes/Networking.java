package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.wharf.model.App;
import java.util.ArrayList;
import java.util.List;

/** How traffic reaches an app with a port: a Service over its ready pods and an Ingress for its host names. */
final class Networking {
    private static final String PORT_NAME = "app";

    private Networking() {
    }

    static Service service(App app) {
        int port = app.template().port();
        return new ServiceBuilder()
                .withNewMetadata().withName(ObjectNames.workload(app)).withNamespace(app.system())
                .withLabels(ObjectLabels.app(app)).endMetadata()
                .withNewSpec().withType("ClusterIP").withSelector(ObjectLabels.selector(app.key()))
                .addNewPort().withName(PORT_NAME).withProtocol("TCP").withPort(port)
                .withTargetPort(new IntOrString(port)).endPort()
                .endSpec()
                .build();
    }

    /** The app's own name {@code <app>.<system>.<domain>} first, then its custom domains in their order. */
    static List<String> hosts(App app, KubernetesSettings settings) {
        List<String> hosts = new ArrayList<>();
        hosts.add(app.name() + "." + app.system() + "." + settings.domain());
        app.domains().stream().filter(d -> !hosts.contains(d)).forEach(hosts::add);
        return hosts;
    }

    static Ingress ingress(App app, KubernetesSettings settings) {
        List<IngressRule> rules = hosts(app, settings).stream().map(host -> rule(app, host)).toList();
        return new IngressBuilder()
                .withNewMetadata().withName(ObjectNames.workload(app)).withNamespace(app.system())
                .withLabels(ObjectLabels.app(app)).endMetadata()
                .withNewSpec().withIngressClassName(settings.ingressClassName()).withRules(rules).endSpec()
                .build();
    }

    private static IngressRule rule(App app, String host) {
        return new IngressRuleBuilder().withHost(host).withNewHttp()
                .withPaths(new HTTPIngressPathBuilder().withPath("/").withPathType("Prefix")
                        .withNewBackend().withNewService().withName(ObjectNames.workload(app))
                        .withNewPort().withName(PORT_NAME).endPort().endService().endBackend().build())
                .endHttp().build();
    }
}
