package io.wharf.runtime.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a manifest against the Kubernetes API schema as the fabric8 model (generated from that
 * schema) knows it: every field must be a field of its kind (none may land in
 * {@code additionalProperties}), the fields listed in {@code REQUIRED} (copied by hand from the
 * OpenAPI definitions, plus a container's image, which the document leaves optional) must be set,
 * names must be DNS names and label values valid. Types are only checked as far as Jackson's
 * binding to the fabric8 classes refuses a value. It runs in the unit tests, without Node.js.
 * The official schema is checked by {@link OfficialSchemaIT}: kubernetes-models validates types,
 * formats, enums and the OpenAPI document's own required fields, but not unknown fields, names or
 * labels; the two checks together cover both.
 */
final class KubernetesSchema {
    private static final ObjectMapper YAML = new YAMLMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class, "v1/Pod", io.fabric8.kubernetes.api.model.Pod.class, "v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class, "v1/Service", Service.class,
            "networking.k8s.io/v1/Ingress", Ingress.class, "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    /** The "required" lists of the Kubernetes OpenAPI definitions of the types Wharf writes. */
    private static final Map<Class<?>, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(DeploymentSpec.class, List.of("selector", "template")),
            Map.entry(Container.class, List.of("name", "image")),
            Map.entry(ContainerPort.class, List.of("containerPort")),
            Map.entry(EnvVar.class, List.of("name")),
            Map.entry(ObjectFieldSelector.class, List.of("fieldPath")),
            Map.entry(SecretKeySelector.class, List.of("key")),
            Map.entry(VolumeMount.class, List.of("name", "mountPath")),
            Map.entry(Volume.class, List.of("name")),
            Map.entry(HTTPGetAction.class, List.of("port")),
            Map.entry(TCPSocketAction.class, List.of("port")),
            Map.entry(TopologySpreadConstraint.class, List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
            Map.entry(NodeSelector.class, List.of("nodeSelectorTerms")),
            Map.entry(NodeSelectorRequirement.class, List.of("key", "operator")),
            Map.entry(PreferredSchedulingTerm.class, List.of("weight", "preference")),
            Map.entry(ServicePort.class, List.of("port")),
            Map.entry(HTTPIngressRuleValue.class, List.of("paths")),
            Map.entry(HTTPIngressPath.class, List.of("pathType", "backend")),
            Map.entry(IngressServiceBackend.class, List.of("name")));

    private KubernetesSchema() {
    }

    /** The problems of one YAML document; empty when it is a valid object. */
    static List<String> problems(String document) throws Exception {
        JsonNode tree = YAML.readTree(document);
        String type = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
        Class<? extends HasMetadata> kind = KINDS.get(type);
        if (kind == null) {
            return List.of("unknown kind " + type);
        }
        List<String> problems = new ArrayList<>();
        HasMetadata object = YAML.treeToValue(tree, kind);
        walk(object, type, problems);
        String name = object.getMetadata().getName();
        if (name == null || name.length() > 253 || !name.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
            problems.add(type + " name is not a DNS subdomain: " + name);
        }
        object.getMetadata().getLabels().values().forEach(value -> {
            if (value.length() > 63 || !value.matches("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?")) {
                problems.add(type + " label value is invalid: " + value);
            }
        });
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems) throws Exception {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), problems);
            }
            return;
        }
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (String required : REQUIRED.getOrDefault(value.getClass(), List.of())) {
            if (property(value, required) == null) {
                problems.add(path + "." + required + " is required");
            }
        }
        for (PropertyDescriptor p : Introspector.getBeanInfo(value.getClass(), Object.class).getPropertyDescriptors()) {
            if (p.getReadMethod() == null) {
                continue;
            }
            Object child = p.getReadMethod().invoke(value);
            if (p.getName().equals("additionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + " has fields the schema does not know: " + extra.keySet());
                }
            } else {
                walk(child, path + "." + p.getName(), problems);
            }
        }
    }

    private static Object property(Object bean, String name) throws Exception {
        for (PropertyDescriptor p : Introspector.getBeanInfo(bean.getClass(), Object.class).getPropertyDescriptors()) {
            if (p.getName().equals(name) && p.getReadMethod() != null) {
                return p.getReadMethod().invoke(bean);
            }
        }
        throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no property " + name);
    }
}
