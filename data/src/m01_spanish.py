# Spanish (es): compliant and violating ads.
DATA = r"""
@ vertical=retail_fashion lang=es
Rebajas de Verano: Hasta 50% | Vestidos, sandalias y bañadores con descuentos de hasta el 50%. Envío gratis desde 30 €.
~Rebajas: Hasta la Mitad de Precio | Vestidos y sandalias con hasta 50% de descuento. Envío gratis desde 30 €.
Zapatillas para Correr | Amortiguación ligera para tus entrenamientos diarios. Desde 79 €.
Nueva Colección Otoño | Abrigos de lana y botas de piel. Descúbrela en tienda y online.
Vaqueros a Tu Medida | Encuentra tu talla en 2 minutos con nuestro test de ajuste. Devoluciones gratis.
@ vertical=electronics lang=es
Televisor 4K de 55 Pulgadas | HDR, Dolby Vision y apps integradas por solo 449 €. Entrega gratis.
Auriculares con Cancelación de Ruido | 30 horas de batería y carga rápida. Ahora 129 €.
Reparamos Tu Móvil en 1 Hora | Pantallas y baterías para todas las marcas. Garantía de 6 meses.
Portátiles Reacondicionados | Con un año de garantía desde 249 €. Probados en 40 puntos.
@ vertical=travel lang=es
Vuelos a Cancún desde 499 € | Ida y vuelta desde Madrid. Reserva antes del viernes.
Hoteles con Cancelación Gratuita | Miles de hoteles en toda España. Paga en el hotel.
Escapada Rural en Asturias | Casas rurales con chimenea desde 60 € la noche.
Alquiler de Coches en Mallorca | Desde 19 € al día con kilometraje ilimitado.
@ vertical=restaurants lang=es
Menú del Día 12,50 € | Primero, segundo, postre y bebida. De lunes a viernes en Casa Pepa.
Tacos al Pastor a Domicilio | Pide en la app y recíbelos en 30 minutos. Envío gratis el primer pedido.
Paella los Domingos | Paella valenciana por encargo para 2 a 10 personas.
Churros con Chocolate | Recién hechos cada mañana desde las 7. Chocolatería La Esquina.
@ vertical=education lang=es
Aprende Inglés Online | Clases en vivo con profesores nativos. Primera clase gratis.
Curso de Programación en Python | 8 semanas, proyectos reales y mentoría. Empieza el 3 de marzo.
Clases de Guitarra para Adultos | Nunca es tarde. Presencial u online.
@ vertical=jobs lang=es
Se Buscan Repartidores | Horarios flexibles, pago semanal. Inscríbete hoy.
Empleo: Enfermeras y Enfermeros | Hospital San Rafael contrata personal de UCI. Contrato indefinido.
Prácticas Remuneradas en Marketing | Para estudiantes universitarios. Solicita antes del 15 de mayo.
@ vertical=healthcare lang=es
Clínica Dental: Limpieza 39 € | Revisión, radiografía y limpieza para nuevos pacientes.
Fisioterapia para el Dolor de Espalda | Primera consulta con valoración gratuita.
Vacúnate Contra la Gripe | Vacunación gratuita para mayores de 65 en tu centro de salud.
@ vertical=home_garden lang=es
Cocinas a Medida | Diseño gratuito en tu casa. Instalación en 2 semanas.
Plantas de Interior a Domicilio | Plantas sanas en maceta de cerámica. Guía de cuidados incluida.
Paneles Solares para Tu Casa | Ahorra hasta un 60% en la factura de la luz. Estudio gratuito.
@ vertical=nonprofit lang=es
Dona Alimentos Esta Navidad | 10 € alimentan a una familia durante un día. Banco de Alimentos.
Hazte Voluntario | Ayuda en el refugio de animales los fines de semana.
@ vertical=telecom lang=es
Fibra 1 Gb + Móvil | Fibra y línea ilimitada por 39 € al mes. Sin permanencia.
@ vertical=finance lang=es
Cuenta Sin Comisiones | Abre tu cuenta en 5 minutos y olvídate de las comisiones.
@ vertical=gaming lang=es
Juego de Estrategia Gratis | Construye tu imperio y conquista el mundo. Descárgalo gratis.
@ vertical=pets lang=es
Comida Natural para Perros | Recetas frescas a domicilio. 50% de descuento en la primera caja.
@ vertical=retail_fashion lang=es tricky=1
Ofertas que Matan | Todo a mitad de precio este fin de semana. ¡No te lo pierdas!
Vestido Color Vino | Vestido midi de terciopelo en color vino. Tallas de la 34 a la 48.
Precios de Locura | Liquidación total de verano. Solo este fin de semana.
@ vertical=restaurants lang=es tricky=1
Pescado Rebozado con Cerveza | Nuestro clásico fish and chips, todos los viernes.
Cerveza Sin Alcohol 0,0 | Prueba nuestra IPA 0,0 con cualquier menú del día.
@ vertical=alcohol lang=es
Happy Hour: Cañas a 1 € | De 18 a 20h en la Taberna del Puerto. | alc
Tequila a Domicilio | Tequila, ron y vodka en tu puerta en 30 minutos. | alc
Ron Añejo 12 Años | Descubre el sabor del Caribe. Bebe con moderación. | alc
@ vertical=tobacco lang=es
Vapers Desechables 5000 Caladas | 20 sabores afrutados, envío gratis. | tob
Cachimbas y Tabaco de Shisha | Las mejores marcas al mejor precio. | tob
@ vertical=cannabis lang=es
Marihuana a Domicilio | Entrega discreta en toda la ciudad. Pide por WhatsApp. | drg
Aceite de CBD Cura la Ansiedad | Elimina la ansiedad y el insomnio para siempre. | drg, hc
@ vertical=pharma lang=es
Viagra Sin Receta | Envío discreto en 24 horas. Sin médico. | rx
Farmacia Online Sin Receta | Medicamentos con receta a precios de México. | rx
@ vertical=gambling lang=es
Casino Online: Bono del 200% | Deposita 50 € y juega con 150 €. +18. | gam
Apuestas Deportivas | Apuesta en LaLiga con cuotas mejoradas. Bono de bienvenida. | gam
¡Has Ganado 500 Tiradas Gratis! | Reclámalas en los próximos 60 segundos. | gam, cb
@ vertical=weapons lang=es
Armas de Aire Comprimido | Réplicas realistas de rifles y pistolas. | wpn
Munición al Mejor Precio | Cartuchos para caza y tiro deportivo, envío rápido. | wpn
@ vertical=adult lang=es
Juguetes Eróticos con 50% | Vibradores y juguetes para parejas. Envío discreto. | adl
Chicas Calientes Cerca de Ti | Mujeres solteras quieren conocerte esta noche. | sug
Videos XXX Sin Censura | Miles de escenas porno en HD. | sx, adl
Masajes Eróticos con Final Feliz | Abierto hasta tarde, discreción total. | sx, adl
@ vertical=crypto lang=es
Duplica Tus Bitcoins Hoy | Envía 0,1 BTC y recibe 0,2 BTC. Solo hoy. | fin, fc
Gana 3.000 € al Mes Desde Casa | Nuestro robot de trading lo hace todo por ti. | fin, fc
Préstamos Rápidos Sin Papeleo | Hasta 1.000 € en 10 minutos, aunque estés en ASNEF. | fin
@ vertical=supplements lang=es
Pierde 10 Kilos en una Semana | Sin dieta ni ejercicio. Solo una pastilla. | hc
Cura la Diabetes de Forma Natural | Deja la insulina en 14 días con esta planta. | hc
@ vertical=content_arbitrage lang=es
¡Tu Móvil Tiene un Virus! | Descarga la app de limpieza ahora o perderás tus datos. | cb
¡Enhorabuena! Has Ganado un iPhone | Eres el visitante número 1.000.000. Reclámalo ya. | cb
@ vertical=politics lang=es
Vota a María Delgado | Por un barrio más seguro. Elecciones municipales el 26 de mayo. | pol
Los Inmigrantes Nos Roban | Defiende tu barrio. Vota por el orden. | pol, hate
@ vertical=retail lang=es
Oferta Huracán | Celebra la llegada del huracán con 40% de descuento. | trg
@ vertical=media lang=es
Accidentes Reales Sin Censura | Sangre y cuerpos que la tele no enseña. | gore
Sabemos Dónde Vives | Paga tu deuda o iremos a verte. Último aviso. | thr
¿Gorda y Fea? | Con razón te dejó. Arregla tu cuerpo asqueroso. | ins
Reto Pro-Ana | Deja de comer 7 días y por fin estarás delgada. | sh
Ofertas de la Hostia | Precios de puta madre, solo este finde. | prof
"""
