{{/* Labels every object of the chart carries. */}}
{{- define "edu.labels" -}}
app.kubernetes.io/part-of: edu-community
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end }}

{{/* Selector labels of one service: (dict "root" $ "name" $name) */}}
{{- define "edu.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* The image the Maven build produces: <registry>/<group>/<name>:<tag> (quarkus.container-image.*). */}}
{{- define "edu.image" -}}
{{- $img := .root.Values.image -}}
{{- $tag := default .root.Chart.AppVersion $img.tag -}}
{{- if $img.registry -}}{{ $img.registry }}/{{- end -}}{{ $img.group }}/{{ .name }}:{{ $tag }}
{{- end }}

{{- define "edu.dbCluster" -}}{{ .name }}-db{{- end }}
{{- define "edu.kafkaBootstrap" -}}{{ .Values.kafka.name }}-kafka-bootstrap:9093{{- end }}
{{- define "edu.keycloakService" -}}{{ .Values.keycloak.name }}-service{{- end }}

{{/* The URL the services reach Keycloak at, inside the cluster. */}}
{{- define "edu.oidcUrl" -}}
{{- if .Values.oidc.authServerUrl -}}
{{ .Values.oidc.authServerUrl }}
{{- else if .Values.keycloak.tlsSecret -}}
https://{{ include "edu.keycloakService" . }}:8443/realms/edu
{{- else -}}
http://{{ include "edu.keycloakService" . }}:8080/realms/edu
{{- end -}}
{{- end }}

{{/* Kubernetes name of a topic: dots to dashes. */}}
{{- define "edu.topicResource" -}}{{ . | replace "." "-" }}{{- end }}

{{/* The partitions of a topic: its own entry, or deadLetters for a .dlq topic. */}}
{{- define "edu.partitions" -}}
{{- $p := .root.Values.kafka.partitions -}}
{{- if hasKey $p .topic -}}{{ get $p .topic }}{{- else if hasSuffix ".dlq" .topic -}}{{ $p.deadLetters }}{{- else -}}{{ fail (printf "kafka.partitions has no entry for topic %s" .topic) }}{{- end -}}
{{- end }}
